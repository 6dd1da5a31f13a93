//@ run-pass
//@ spec: 19.3, 14.3
// A trait default method with elided lifetimes calls a required one.
trait Named {
    fn name(&self) -> &str;
    fn initial(&self) -> &str {
        &self.name()[..1]
    }
}

struct Person {
    n: String,
}

impl Named for Person {
    fn name(&self) -> &str {
        &self.n
    }
}

fn main() {
    let p = Person { n: String::from("Grace") };
    println!("{} {}", p.name(), p.initial());
}
