//@ run-pass
//@ spec: 14.23
// A user trait with a type parameter: one type implements it twice, and the argument the
// context asks for picks the impl; a generic fn bounded by it, and a default argument.
trait Convert<T> {
    fn convert(&self) -> T;
}

trait Scale<Rhs = Self> {
    fn scale(&self, by: Rhs) -> Self;
}

#[derive(Debug, Clone, Copy)]
struct Celsius(f64);

impl Convert<f64> for Celsius {
    fn convert(&self) -> f64 {
        self.0 * 1.8 + 32.0
    }
}

impl Convert<String> for Celsius {
    fn convert(&self) -> String {
        format!("{} C", self.0)
    }
}

impl Scale for Celsius {
    fn scale(&self, by: Celsius) -> Celsius {
        Celsius(self.0 * by.0)
    }
}

impl Scale<i32> for Celsius {
    fn scale(&self, by: i32) -> Celsius {
        Celsius(self.0 * by as f64)
    }
}

fn show<C: Convert<String>>(c: &C) -> String {
    c.convert()
}

fn main() {
    let t = Celsius(100.0);
    let f: f64 = t.convert();
    let s: String = t.convert();
    println!("{} {} {}", f, s, show(&t));
    println!("{:?} {:?}", t.scale(Celsius(0.5)), t.scale(3));
}
