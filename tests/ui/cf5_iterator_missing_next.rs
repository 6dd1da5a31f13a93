//@ compile-fail
//@ spec: 16.1, 14.12
// An Iterator impl gives its Item type but forgets `next`; another gives `next` and
// names its associated type `Output` instead of `Item`.
struct Countdown {
    n: u32,
}

impl Iterator for Countdown { //~ ERROR E0046
    type Item = u32;
}

struct Evens {
    cur: u32,
}

impl Iterator for Evens { //~ ERROR E0046
    type Output = u32; //~ ERROR E0437
    fn next(&mut self) -> Option<u32> {
        self.cur += 2;
        Some(self.cur)
    }
}

fn main() {}
