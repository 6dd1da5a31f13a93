//@ spec: 14.1 14.2 14.5 14.3
// Temperature scales as types implementing a conversion trait, with Display and a generic report.
use std::fmt;

trait Scale {
    fn to_kelvin(&self) -> f64;
    fn symbol(&self) -> char;
    fn is_freezing(&self) -> bool {
        self.to_kelvin() <= 273.15
    }
}

#[derive(Clone, Copy)]
struct Celsius(f64);
#[derive(Clone, Copy)]
struct Fahrenheit(f64);
#[derive(Clone, Copy)]
struct Kelvin(f64);

impl Scale for Celsius {
    fn to_kelvin(&self) -> f64 { self.0 + 273.15 }
    fn symbol(&self) -> char { 'C' }
}
impl Scale for Fahrenheit {
    fn to_kelvin(&self) -> f64 { (self.0 - 32.0) * 5.0 / 9.0 + 273.15 }
    fn symbol(&self) -> char { 'F' }
}
impl Scale for Kelvin {
    fn to_kelvin(&self) -> f64 { self.0 }
    fn symbol(&self) -> char { 'K' }
}

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{:.1}°C", self.0) }
}
impl fmt::Display for Fahrenheit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{:.1}°F", self.0) }
}
impl fmt::Display for Kelvin {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{:.2}K", self.0) }
}

fn to_celsius<T: Scale>(t: &T) -> Celsius {
    Celsius(t.to_kelvin() - 273.15)
}

fn report<T>(t: T)
where
    T: Scale + fmt::Display,
{
    let c = to_celsius(&t);
    println!("{} [{}] = {} freezing={}", t, t.symbol(), c, t.is_freezing());
}

fn warmer<A: Scale, B: Scale>(a: &A, b: &B) -> char {
    if a.to_kelvin() > b.to_kelvin() { a.symbol() } else { b.symbol() }
}

fn main() {
    report(Celsius(21.5));
    report(Fahrenheit(212.0));
    report(Fahrenheit(-40.0));
    report(Kelvin(0.0));
    report(Kelvin(300.0));
    println!("warmer of 30C and 80F: {}", warmer(&Celsius(30.0), &Fahrenheit(80.0)));
    println!("warmer of 250K and -10C: {}", warmer(&Kelvin(250.0), &Celsius(-10.0)));
}
