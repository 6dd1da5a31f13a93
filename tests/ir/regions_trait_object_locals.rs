//@ run-pass
//@ check-ir
//@ exit-code: 34
//@ spec: 9.7, 19.11
// A trait object has a region position of its own, printed as rustc does: a `&dyn Show`
// local is `&'?N (dyn Show + '?M)`, a `Box<dyn Show>` is `Box<dyn Show + '?K>`, and the
// raw pointer the box is built from `*mut (dyn Show + '?J)`.
trait Show {
    fn code(&self) -> i32;
}

struct Num(i32);

impl Show for Num {
    fn code(&self) -> i32 {
        self.0
    }
}

fn through_ref(s: &dyn Show) -> i32 {
    s.code()
}

fn boxed(n: i32) -> Box<dyn Show> {
    Box::new(Num(n))
}

fn main() {
    let n = Num(3);
    let d: &dyn Show = &n;
    let b = boxed(4);
    std::process::exit(through_ref(d) * 10 + b.code());
}
