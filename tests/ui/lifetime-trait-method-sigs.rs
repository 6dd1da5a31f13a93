//@ run-pass
//@ spec: 19.3, 14.1
// A trait whose methods use elided and named lifetimes, implemented for a borrowing struct.
trait Source {
    fn name(&self) -> &str;
    fn pick<'a>(&self, a: &'a str, b: &'a str) -> &'a str;
}

struct Fixed<'a> {
    label: &'a str,
}

impl<'a> Source for Fixed<'a> {
    fn name(&self) -> &str {
        self.label
    }
    fn pick<'b>(&self, a: &'b str, b: &'b str) -> &'b str {
        if self.label.len() % 2 == 0 { a } else { b }
    }
}

fn main() {
    let f = Fixed { label: "even" };
    println!("{} {}", f.name(), f.pick("A", "B"));
    let g = Fixed { label: "odd" };
    println!("{} {}", g.name(), g.pick("A", "B"));
}
