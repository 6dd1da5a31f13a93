//@ compile-fail
//@ spec: 19.3
trait Pick {
    fn pick(&self, a: &str) -> &str;
    fn both(a: &str, b: &str) -> &str; //~ ERROR E0106
}

fn main() {}
