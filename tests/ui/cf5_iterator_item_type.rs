//@ compile-fail
//@ spec: 16.1, 16.2
// The iterator's Item is u32: a loop variable is not a bool, and `next` gives an Option<u32>.
struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
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
    for x in (Countdown { n: 3 }) {
        let done: bool = x; //~ ERROR E0308
        println!("{}", done);
    }
    let mut c = Countdown { n: 2 };
    let first: Option<i64> = c.next(); //~ ERROR E0308
    let v: u32 = c.next(); //~ ERROR E0308
}
