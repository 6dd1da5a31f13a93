//@ compile-fail
//@ spec: 14.2
// The impl misspells the trait's method: `speek` is not in the trait (E0407) and `speak`
// is then missing (E0046).
trait Speak {
    fn speak(&self) -> u32;
    fn volume(&self) -> u32 {
        1
    }
}

struct Duck;

impl Speak for Duck { //~ ERROR E0046
    fn speek(&self) -> u32 { //~ ERROR E0407
        2
    }
    fn volume(&self) -> u32 {
        3
    }
}

fn main() {
    println!("{}", Duck.volume());
}
