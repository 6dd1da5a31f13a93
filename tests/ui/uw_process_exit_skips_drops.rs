//@ exit-code: 3
//@ spec: 8.3, 12.8
// process::exit ends the process at once with its status: unlike a panic it does not
// unwind, so no destructor runs in any frame, not even for values in main.
use std::process;

struct Lamp(&'static str);

impl Drop for Lamp {
    fn drop(&mut self) {
        println!("lamp {} off", self.0);
    }
}

fn validate(xs: &[i32]) -> i32 {
    let _v = Lamp("validate");
    let mut sum = 0;
    for &x in xs {
        let _each = Lamp("loop");
        if x < 0 {
            println!("negative input {}, giving up", x);
            process::exit(3);
        }
        sum += x;
    }
    sum
}

fn main() {
    let _hall = Lamp("hall");
    let boxed = Box::new(Lamp("boxed"));
    {
        let _tmp = Lamp("block");
        println!("first sum {}", validate(&[1, 2, 3]));
    }
    let v = vec![Lamp("vec 0"), Lamp("vec 1")];
    println!("have {} and {}", boxed.0, v.len());
    println!("second sum {}", validate(&[4, -5, 6]));
    println!("unreachable");
}
