//@ run-pass
//@ spec: 19.3
// Elision through generic arguments: `Option<&T>` and `Vec<&str>` in outputs.
fn find_even(v: &[i32]) -> Option<&i32> {
    for x in v {
        if *x % 2 == 0 {
            return Some(x);
        }
    }
    None
}

fn words(s: &str) -> Vec<&str> {
    s.split(' ').collect()
}

fn main() {
    println!("{:?}", find_even(&[1, 3, 4, 5]));
    println!("{:?}", find_even(&[1, 3]));
    println!("{:?}", words("a bc def"));
}
