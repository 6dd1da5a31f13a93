//@ compile-fail
//@ spec: 12.10
// A destructor is never called by hand: `drop(x)` is the way to end a value early.
struct Lock(u32);
impl Drop for Lock {
    fn drop(&mut self) {
        println!("unlock {}", self.0);
    }
}

fn main() {
    let mut l = Lock(1);
    println!("holding {}", l.0);
    l.drop(); //~ ERROR E0040
}
