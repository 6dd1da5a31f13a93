//@ spec: 14.9 14.5 11.15
// Generic Display/Debug impls for wrapper types, nesting wrappers inside each other.
use std::fmt;

struct Boxed<T> {
    inner: T,
}

struct Tagged<T> {
    tag: &'static str,
    value: T,
}

struct Both<A, B>(A, B);

impl<T: fmt::Display> fmt::Display for Boxed<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.inner)
    }
}

impl<T: fmt::Display> fmt::Display for Tagged<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}={}", self.tag, self.value)
    }
}

impl<T: fmt::Debug> fmt::Debug for Tagged<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Tagged<{}>({:?})", self.tag, self.value)
    }
}

impl<A: fmt::Display, B: fmt::Display> fmt::Display for Both<A, B> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("<")?;
        write!(f, "{} & {}", self.0, self.1)?;
        f.write_str(">")
    }
}

fn show<T: fmt::Display>(label: &str, x: T) {
    println!("{:>8}: {}", label, x);
}

fn main() {
    show("int", Boxed { inner: 5 });
    show("str", Boxed { inner: "hi" });
    show("nested", Boxed { inner: Boxed { inner: 2.5 } });
    show("tagged", Tagged { tag: "speed", value: 88 });
    show("both", Both(1, 'z'));
    show("mix", Both(Boxed { inner: true }, Tagged { tag: "n", value: -1 }));
    show("deep", Boxed { inner: Both(Both(1, 2), Boxed { inner: 3 }) });
    let t = Tagged { tag: "pt", value: (1, 2) };
    println!("{:?}", t);
    let tt = Tagged { tag: "x", value: Tagged { tag: "y", value: 'c' } };
    println!("{:?}", tt);
    println!("{}", tt);
}
