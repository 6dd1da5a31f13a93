//@ compile-fail
//@ spec: 16.2
// `for` needs an iterator: a struct that forgot `impl Iterator`, and a plain number.
struct Countdown {
    n: u32,
}

impl Countdown {
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n)
        }
    }
}

fn main() {
    let c = Countdown { n: 3 };
    for x in c { //~ ERROR E0277
        println!("{}", x);
    }
    let n: u32 = 5;
    for i in n { //~ ERROR E0277
        println!("{}", i);
    }
}
