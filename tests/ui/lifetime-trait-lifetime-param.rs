//@ run-pass
//@ spec: 19.1, 19.9
// A trait with a lifetime parameter: implemented with `impl<'a> Named<'a> for P<'a>`, used
// as a bound `T: Named<'a>` and through the trait's own lifetime in its method.
trait Named<'a> {
    fn name(&self) -> &'a str;
}

struct P<'a> {
    n: &'a str,
}

impl<'a> Named<'a> for P<'a> {
    fn name(&self) -> &'a str {
        self.n
    }
}

fn show<'a, T: Named<'a>>(t: &T) -> &'a str {
    t.name()
}

fn main() {
    let s = String::from("pat");
    let p = P { n: &s };
    println!("{} {}", p.name(), show(&p));
}
