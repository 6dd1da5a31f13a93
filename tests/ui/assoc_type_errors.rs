//@ compile-fail
//@ spec: 14.12
// An impl gives every associated type of its trait (E0046), and only those (E0437).
struct Steps {
    n: u8,
}

impl Iterator for Steps { //~ ERROR E0046
    fn next(&mut self) -> Option<u8> {
        None
    }
}

struct Other;

impl Iterator for Other {
    type Item = u8;
    type Extra = u8; //~ ERROR E0437
    fn next(&mut self) -> Option<u8> {
        None
    }
}

fn main() {}
