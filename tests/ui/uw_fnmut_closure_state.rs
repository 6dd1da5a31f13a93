//@ run-fail
//@ spec: 8.1, 12.8, 15.1
// A closure that borrows its environment (FnMut pushing into a Vec) panics when called
// through a generic function; the Vec it filled is owned by the caller and is dropped
// by the unwind along with the closure's own locals.
struct Rec(String);

impl Drop for Rec {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn apply_all<F: FnMut(i32)>(xs: &[i32], mut f: F) {
    let _g = Rec(String::from("apply_all"));
    for &x in xs {
        f(x);
    }
}

fn main() {
    let mut log: Vec<Rec> = Vec::new();
    let label = String::from("val");
    apply_all(&[1, 2], |x| log.push(Rec(format!("{} {}", label, x))));
    println!("logged {}", log.len());
    let mut count = 0;
    apply_all(&[3, 4, -1, 5], |x| {
        let _step = Rec(format!("step {}", x));
        count += 1;
        if x < 0 {
            panic!("negative after {} steps", count);
        }
        log.push(Rec(format!("{} {}", label, x)));
    });
    println!("unreachable {}", count);
}
