//@ spec: 14.5, 14.20
// A Formatter carries the caller's options: pad honours width, fill, alignment and precision;
// forwarding to a field's fmt passes them on; width() and alternate() read them.
use std::fmt;

struct Meters(f64);
impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)?;
        write!(f, " m")
    }
}

struct Name(&'static str);
impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.0)
    }
}

struct Id(u32);
impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "Id #{}", self.0)
        } else {
            self.0.fmt(f)
        }
    }
}

struct Wrap<T>(T);
impl<T: fmt::Display> fmt::Display for Wrap<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[")?;
        self.0.fmt(f)?;
        write!(f, "]")
    }
}

struct P { x: i32, y: i32 }
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match f.precision() {
            Some(p) => write!(f, "({:.*}, {:.*})", p, self.x as f64, p, self.y as f64),
            None => write!(f, "({}, {})", self.x, self.y),
        }
    }
}

#[derive(Debug)]
struct D { a: i32 }

struct Fw(D);
impl fmt::Debug for Fw {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

fn main() {
    println!("[{}]", Meters(2.5));
    println!("[{:.2}]", Meters(2.5));
    println!("[{:>8.1}]", Meters(2.5));
    println!("[{:10}]", Name("bob"));
    println!("[{:<10}]", Name("bob"));
    println!("[{:^9}]", Name("bob"));
    println!("[{:*>7}]", Name("bob"));
    println!("[{:.2}]", Name("bobby"));
    println!("[{}]", Name("plain"));
    println!("{:?} {:#?}", Id(7), Id(7));
    println!("[{:5?}] [{:<5?}] [{:05?}]", Id(7), Id(7), Id(7));
    println!("{} [{:>6}] [{:+}]", Wrap(3), Wrap(4), Wrap(5));
    println!("{} {:.1}", P { x: 1, y: 2 }, P { x: 1, y: 2 });
    let w = 12;
    println!("[{:>w$}]", Name("dyn"));
    println!("[{:>1$}]", Name("arg"), 6);
    println!("{:?}", Fw(D { a: 1 }));
    println!("{:#?}", Fw(D { a: 1 }));

}
