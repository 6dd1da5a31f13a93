//@ run-pass
//@ spec: 19.3
// `self` by value does not take part in elision: the one reference parameter decides.
#[derive(Clone, Copy)]
struct Picker {
    at: usize,
}

impl Picker {
    fn pick(self, s: &str) -> &str {
        &s[self.at..]
    }
}

fn main() {
    let p = Picker { at: 2 };
    println!("{}", p.pick("abcdef"));
    println!("{}", p.pick("xyz"));
}
