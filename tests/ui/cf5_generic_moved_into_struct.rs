//@ compile-fail
//@ spec: 13.3
// A T value moved into a struct cannot be used again, even if every caller passes an integer.
struct Boxed<T> {
    value: T,
}

fn wrap_and_keep<T>(x: T) -> (Boxed<T>, T) {
    let b = Boxed { value: x };
    (b, x) //~ ERROR E0382
}

fn wrap_twice<T>(x: T) -> (Boxed<T>, Boxed<T>) {
    let a = Boxed { value: x };
    let b = Boxed { value: x }; //~ ERROR E0382
    (a, b)
}

fn main() {
    let p = wrap_and_keep(3);
    let q = wrap_twice(4);
    println!("{} {}", p.1, q.0.value);
}
