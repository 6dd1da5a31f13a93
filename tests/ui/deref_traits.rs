//@ spec: 14.19
// Deref and DerefMut: `*x`, methods and fields through a smart pointer, deref coercion.
use std::ops::{Deref, DerefMut};

struct MyBox<T>(T);

impl<T> MyBox<T> {
    fn new(x: T) -> MyBox<T> {
        MyBox(x)
    }
}

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for MyBox<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn norm1(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
    fn shift(&mut self, d: i32) {
        self.x += d;
        self.y += d;
    }
}

struct Meters(f64);

impl Deref for Meters {
    type Target = f64;
    fn deref(&self) -> &f64 {
        &self.0
    }
}

struct Name(&'static str);

impl Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

struct Samples([f64; 3]);

impl Deref for Samples {
    type Target = [f64];
    fn deref(&self) -> &[f64] {
        &self.0
    }
}

fn mean(xs: &[f64]) -> f64 {
    let mut t = 0.0;
    for x in xs {
        t += x;
    }
    t / xs.len() as f64
}

fn hello(name: &str) {
    println!("Hello, {}!", name);
}

fn show_point(p: &Point) {
    println!("({}, {})", p.x, p.y);
}

fn total(xs: &[i32]) -> i32 {
    let mut t = 0;
    for x in xs {
        t += x;
    }
    t
}

fn main() {
    let x = 5;
    let y = MyBox::new(x);
    assert_eq!(5, *y);
    println!("{}", *y + 1);

    let mut p = MyBox::new(Point { x: 3, y: -4 });
    println!("{} {} {}", p.x, p.y, p.norm1());
    p.shift(10);
    p.x += 1;
    (*p).y *= 2;
    show_point(&p);
    println!("{:?}", *p);

    let m = MyBox::new("Rust");
    hello(&m);
    let arr = MyBox::new([1, 2, 3, 4]);
    println!("{} {} {}", arr.len(), arr[2], total(&*arr));

    let d = Meters(2.5);
    println!("{} {}", *d * 2.0, d.sqrt() > 1.5);

    let n = Name("Ferris");
    hello(&n);
    println!("{} {}", n.len(), &n[1..3]);
    let s = Samples([1.0, 2.0, 4.5]);
    println!("{} {} {:?}", mean(&s), s.len(), s[0]);

    let mut counter = MyBox::new(0u32);
    for _ in 0..3 {
        *counter += 5;
    }
    println!("{}", *counter);
}
