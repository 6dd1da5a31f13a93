//@ spec: 13.6 13.1 13.4 16.4
// Turbofish on generic fns, methods and iterator consumers where inference needs help.
fn zero<T: Default>() -> T {
    T::default()
}

fn pick<T>(first: bool, a: T, b: T) -> T {
    if first { a } else { b }
}

fn convert_all<T: Copy, U: Default + Copy, F: Fn(T) -> U>(xs: &[T], f: F) -> [U; 3] {
    let mut out = [U::default(); 3];
    for i in 0..3 {
        out[i] = f(xs[i]);
    }
    out
}

fn widen(x: u8) -> u32 {
    x as u32 * 1000
}

struct Holder<T> {
    value: T,
}

impl<T> Holder<T> {
    fn replace<U>(self, u: U) -> Holder<U> {
        Holder { value: u }
    }
}

fn main() {
    println!("zero::<i32>() = {}", zero::<i32>());
    println!("zero::<bool>() = {}", zero::<bool>());
    println!("zero::<f64>() = {}", zero::<f64>());
    println!("zero::<(u8, char)>() = {:?}", zero::<(u8, char)>());
    println!("pick::<u64> = {}", pick::<u64>(false, 1, 2));
    println!("pick::<&str> = {}", pick::<&str>(true, "left", "right"));
    println!("convert_all = {:?}", convert_all::<u8, u32, _>(&[1, 2, 3], widen));

    let h = Holder { value: 5 };
    let h2: Holder<char> = h.replace('k');
    println!("holder now {}", h2.value);

    println!("sum::<u64> = {}", (1..=20u64).sum::<u64>());
    println!("product::<i64> = {}", (1..=15i64).product::<i64>());
    let evens = (1..=10).filter(|x| x % 2 == 0).map(|x| x * x).sum::<i32>();
    println!("sum of even squares = {}", evens);
    println!("size_of::<Holder<u16>>() = {}", std::mem::size_of::<Holder<u16>>());
}
