//@ run-fail
//@ exit-code: 134
//@ spec: 8.4
// A destructor that panics while a panic unwinds aborts the process; stdout keeps its
// complete lines and loses the unfinished one, as with rustc.
struct Loud;

impl Drop for Loud {
    fn drop(&mut self) {
        println!("dropping");
        print!("unfinished line");
        panic!("in drop");
    }
}

fn main() {
    println!("before");
    let _guard = Loud;
    panic!("first");
}
