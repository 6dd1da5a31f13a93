//@ run-fail
//@ exit-code: 134
//@ spec: 8.3
// std::process::abort() has type `!` and dies of SIGABRT without unwinding (no destructor
// runs); stdout keeps its complete lines and loses the unfinished one, as with rustc.
use std::process;

struct Loud;

impl Drop for Loud {
    fn drop(&mut self) {
        println!("never dropped");
    }
}

fn pick(n: i32) -> i32 {
    if n > 0 { n } else { process::abort() }
}

fn main() {
    let _guard = Loud;
    println!("before {}", pick(3));
    print!("unfinished line");
    let x: i32 = pick(-1);
    println!("after {}", x);
}
