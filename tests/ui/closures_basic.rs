//@ spec: 15.1, 15.2, 15.3
// Closures: captures by reference, by mutable reference and by move; Fn/FnMut bounds; calls through &F.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }
fn twice<F>(f: F, x: i32) -> i32 where F: Fn(i32) -> i32 { f(f(x)) }
fn call_mut<F: FnMut()>(mut f: F) { f(); f(); }
fn compose_print<F: Fn(f64) -> f64>(f: &F, xs: &[f64]) { for &x in xs { print!("{} ", f(x)); } println!(); }
fn main() {
    let add_one = |x: i32| x + 1;
    println!("{}", add_one(41));
    let offset = 10;
    let add_offset = |x| x + offset;
    println!("{} {}", apply(add_offset, 5), apply(|v| v * v, 7));
    println!("{}", twice(|v| v - 3, 20));
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    inc();
    call_mut(|| count += 10);
    println!("count {}", count);
    let scale = 2.5;
    let f = |x: f64| -> f64 { x * scale };
    compose_print(&f, &[1.0, 2.0]);
    let name = "patina";
    let greet = move |n: u32| { println!("{} x{}", name, n); n * 2 };
    println!("{}", greet(3));
    let pick = |a: i32, b: i32| if a > b { a } else { b };
    println!("{}", pick(3, 9));
    let opt = Some(4);
    println!("{:?}", opt.map(|v| v * 10));
}
