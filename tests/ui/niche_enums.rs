//@ run-pass
//@ spec: 11.12
#[derive(Debug, Clone, Copy, PartialEq)]
enum MaybeBool { Nothing, Just(bool) }
#[derive(Debug, Clone, Copy)]
enum MaybeChar { Just(char), Nothing, Other }
#[derive(Debug)]
enum MaybeRef<'a> { Nothing, Just(&'a u32) }
#[derive(Debug, Clone, Copy)]
enum Small { A, B, C }
#[derive(Debug, Clone, Copy)]
enum Opt { None, Some(Small) }
#[derive(Debug, Clone, Copy)]
enum OptOpt { None, Some(Opt) }
#[derive(Debug)]
enum Pair { Empty, Full(u8, bool) }

fn main() {
    let xs = [MaybeBool::Nothing, MaybeBool::Just(true), MaybeBool::Just(false)];
    println!("{:?} {}", xs, std::mem::size_of::<MaybeBool>());
    let cs = [MaybeChar::Just('x'), MaybeChar::Nothing, MaybeChar::Other];
    println!("{:?} {}", cs, std::mem::size_of::<MaybeChar>());
    let n = 7;
    let r = [MaybeRef::Just(&n), MaybeRef::Nothing];
    println!("{:?} {}", r, std::mem::size_of::<MaybeRef>());
    println!("{:?} {}", [Opt::None, Opt::Some(Small::C)], std::mem::size_of::<Opt>());
    println!("{:?} {}", [OptOpt::None, OptOpt::Some(Opt::None), OptOpt::Some(Opt::Some(Small::B))], std::mem::size_of::<OptOpt>());
    println!("{:?} {:?} {}", Pair::Empty, Pair::Full(3, true), std::mem::size_of::<Pair>());
    for x in xs.iter() {
        match x {
            MaybeBool::Just(b) => print!("{} ", b),
            MaybeBool::Nothing => print!("none "),
        }
    }
    println!("{}", xs[1] == MaybeBool::Just(true));
}
