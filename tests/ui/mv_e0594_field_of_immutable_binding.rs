//@ compile-fail
//@ spec: 12.2, 11.3
// Mutability belongs to the binding, not to the fields: assigning to a field, a nested
// field, a tuple element or an array element of an immutable binding is E0594.
struct Inner {
    count: u32,
}

struct Outer {
    inner: Inner,
    name: &'static str,
}

fn main() {
    let o = Outer { inner: Inner { count: 0 }, name: "o" };
    o.name = "p"; //~ ERROR E0594
    o.inner.count += 1; //~ ERROR E0594
    let t = (1, 2);
    t.0 = 9; //~ ERROR E0594
    let arr = [0u8; 3];
    arr[1] = 7; //~ ERROR E0594
    let mut m = Outer { inner: Inner { count: 0 }, name: "m" };
    m.inner.count += 1;
    println!("{} {} {} {:?} {}", o.name, o.inner.count, t.0, arr, m.inner.count);
}
