//@ run-pass
//@ check-ir
//@ spec: 9.12
// Unsizing coercions are adjustments lowering applies where the value is used: `&[i32; 3]`
// to `&[i32]` is `&(*a) as &[i32]` with the length 3, `&Circle` to `&dyn Area` carries
// Circle's vtable, and a fn item passed for a `fn` pointer becomes its address.
trait Area {
    fn area(&self) -> i32;
}

struct Circle {
    r: i32,
}

impl Area for Circle {
    fn area(&self) -> i32 {
        3 * self.r * self.r
    }
}

fn total(xs: &[i32]) -> i32 {
    xs.len() as i32
}

fn show(a: &dyn Area) -> i32 {
    a.area()
}

fn twice(x: i32) -> i32 {
    2 * x
}

fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let a = [1, 2, 3];
    let c = Circle { r: 2 };
    let sum = total(&a) + show(&c) + apply(twice, 4);
    println!("{}", sum);
}
