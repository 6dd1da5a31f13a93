//@ spec: 11.16
// A user's own `Option` shadows the prelude's; the prelude's variants stay reachable by name.
#[derive(Debug)]
enum Option { Nothing, Just(i32) }

fn describe(o: &Option) -> i32 {
    match o {
        Option::Nothing => -1,
        Option::Just(n) => *n,
    }
}

fn main() {
    let a = Option::Just(3);
    println!("{:?} {}", a, describe(&a));
    println!("{}", describe(&Option::Nothing));
    let b = Some(4);
    if let Some(n) = b {
        println!("prelude Some({})", n);
    }
}
