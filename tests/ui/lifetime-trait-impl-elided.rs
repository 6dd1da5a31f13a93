//@ compile-fail
//@ spec: 19.6
// `impl Named for ...` of a trait with a lifetime parameter elides it in the impl header:
// E0726, as for a struct path there.
trait Named<'a> {
    fn name(&self) -> &'a str;
}
struct P<'a> {
    n: &'a str,
}
impl Named for P<'_> { //~ ERROR E0726
    fn name(&self) -> &str {
        self.n
    }
}

fn main() {}
