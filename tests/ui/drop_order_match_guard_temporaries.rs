//@ run-pass
//@ spec: 9.4 9.5
// A match guard is a terminating scope: its temporaries die as soon as it is decided,
// before the arm's body runs, and a failed guard's die before the next arm is tried
// (they were leaked). A guard reads a by-value binding of a non-Copy type in place
// (through a shared reference), so a failed guard leaves the value to the next arm.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn value(n: &Noisy) -> u32 {
    n.0
}
fn main() {
    let n = 5;
    let r = match n {
        x if x == value(&Noisy(1)) => 1,
        x if x == value(&Noisy(5)) => {
            println!("second arm");
            2
        }
        _ => 3,
    };
    println!("r = {r}");
    let held = Some(Noisy(7));
    let s = match held {
        Some(d) if d.0 == value(&Noisy(8)) => d.0,
        Some(d) if d.0 == 7 => {
            println!("bound {}", d.0);
            d.0 + 100
        }
        _ => 0,
    };
    println!("s = {s}");
    let text = Some(String::from("abc"));
    match text {
        Some(t) if t.len() > 5 => println!("long {t}"),
        Some(t) if t.clone() + "x" == "abcx" => println!("matched {t}"),
        _ => println!("none"),
    }
}
