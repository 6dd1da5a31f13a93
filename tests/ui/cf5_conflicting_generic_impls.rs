//@ compile-fail
//@ spec: 14.2, 14.9
// A generic impl already covers every Wrapper<T>, so a second impl for Wrapper<u8> conflicts.
trait Describe {
    fn describe(&self) -> u32;
}

struct Wrapper<T> {
    inner: T,
}

impl<T> Describe for Wrapper<T> {
    fn describe(&self) -> u32 {
        1
    }
}

impl Describe for Wrapper<u8> { //~ ERROR E0119
    fn describe(&self) -> u32 {
        2
    }
}

fn main() {
    let w = Wrapper { inner: 3u8 };
    println!("{}", w.describe());
}
