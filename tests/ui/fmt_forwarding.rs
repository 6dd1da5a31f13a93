//@ spec: 14.20
// Forwarding through self.0.fmt(f) and fmt::Display::fmt: primitives, user impls, derived
// Debug (one field each), generic wrappers, and precision() steering a write!.
use std::fmt;

struct Celsius(f64);
impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if let Some(p) = f.precision() {
            write!(f, "{:.*}°C", p, self.0)
        } else {
            write!(f, "{}°C", self.0)
        }
    }
}

struct Tag(&'static str);
impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}
impl fmt::Debug for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Tag<{}>", self.0)?;
        if f.alternate() { write!(f, "!") } else { Ok(()) }
    }
}

struct Boxed<T>(T);
impl<T: fmt::Display> fmt::Display for Boxed<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<")?;
        fmt::Display::fmt(&self.0, f)?;
        write!(f, ">")
    }
}

#[derive(Debug)]
struct Pair { left: Tag, right: i64 }

#[derive(Debug)]
enum Shape { Dot, Line(i32, i32) }

struct Show<T>(T);
impl<T: fmt::Debug> fmt::Debug for Show<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Show ")?;
        self.0.fmt(f)
    }
}

struct Bar(u32);
impl fmt::Display for Bar {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let w = f.width().unwrap_or(0);
        for _ in 0..self.0 { write!(f, "#")?; }
        for _ in self.0 as usize..w { write!(f, "{}", f.fill())?; }
        Ok(())
    }
}

fn main() {
    println!("{} | {:.1} | {:.3}", Celsius(21.456), Celsius(21.456), Celsius(-3.0));
    println!("[{:>8}] [{:-<8}] [{:^8.2}]", Tag("abc"), Tag("abc"), Tag("abc"));
    println!("{:?} {:#?}", Tag("x"), Tag("y"));
    println!("{} {:5} {:<5}", Boxed(1), Boxed(2), Boxed(3));
    println!("{} {:>6}", Boxed(Tag("t")), Boxed(Tag("t")));
    println!("{:.2}", Boxed(Boxed(Celsius(1.0))));
    println!("{:?}", Pair { left: Tag("l"), right: -4 });
    println!("{:#?}", Pair { left: Tag("l"), right: -4 });
    println!("{:?} / {:?}", Show(Shape::Dot), Show(Shape::Line(1, 2)));
    println!("{:#?}", Show(Shape::Line(1, 2)));
    println!("{:4?}|{:+?}", Show(7), Show(7));
    println!("{:?} {:?}", Show((1, "a")), Show([1.5, 2.0]));
    println!("[{:6}] [{:*<6}]", Bar(2), Bar(3));
    println!("{:+}", Boxed(5));
    println!("{:08.3}", Boxed(3.14159));
    println!("{:#x?}", Show(255));
}
