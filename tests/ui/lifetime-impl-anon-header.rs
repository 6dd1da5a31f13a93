//@ run-pass
//@ spec: 19.6
// `impl Trait for &str` and `impl S<'_>`: elided lifetimes of the impl header.
trait Describe {
    fn describe(&self) -> String;
}

impl Describe for &str {
    fn describe(&self) -> String {
        format!("str of {} bytes", self.len())
    }
}

struct Wrap<'a> {
    inner: &'a i32,
}

impl Describe for Wrap<'_> {
    fn describe(&self) -> String {
        format!("wrap of {}", self.inner)
    }
}

fn main() {
    let s = "hello";
    println!("{}", s.describe());
    let n = 7;
    println!("{}", Wrap { inner: &n }.describe());
}
