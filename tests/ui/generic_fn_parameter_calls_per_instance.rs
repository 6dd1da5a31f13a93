//@ run-pass
//@ spec: 9.9
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) + f(x + 1) }
fn apply_mut<F: FnMut(i32)>(mut f: F) { for i in 0..3 { f(i); } }
fn apply_once<F: FnOnce() -> String>(f: F) -> String { f() }
fn by_ref<F: Fn() -> u8>(f: &F) -> u8 { f() * 2 }
fn by_mut<F: FnMut() -> u8>(f: &mut F) -> u8 { f() + f() }
fn compose<A, B, C, F: Fn(A) -> B, G: Fn(B) -> C>(f: F, g: G, a: A) -> C { g(f(a)) }
fn impl_arg(f: impl Fn(&str) -> usize) -> usize { f("hello") }
fn twice<F>(f: F) -> impl Fn(i32) -> i32 where F: Fn(i32) -> i32 { move |x| f(f(x)) }
fn double(x: i32) -> i32 { x * 2 }
struct Noisy(&'static str);
impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let k = 10;
    println!("{}", apply(|x| x * k, 3));
    println!("{}", apply(double, 4));
    let fp: fn(i32) -> i32 = double;
    println!("{}", apply(fp, 5));
    println!("{}", apply(&|x: i32| x - 1, 7));
    let mut v = Vec::new();
    apply_mut(|i| v.push(i * i));
    println!("{:?}", v);
    let s = String::from("own");
    println!("{}", apply_once(move || s + "ed"));
    let n = Noisy("kept");
    println!("{}", apply_once(|| format!("{}", n.0)));
    let n2 = Noisy("moved");
    println!("{}", apply_once(move || { let m = n2; format!("{}!", m.0) }));
    let n3 = Noisy("held");
    println!("{}", apply_once(move || { let r = &n3; format!("{}?", r.0) }));
    println!("{}", by_ref(&|| 21));
    let mut c = 0u8;
    println!("{}", by_mut(&mut || { c += 1; c }));
    println!("{}", compose(|x: i32| x + 1, |y: i32| format!("<{}>", y), 41));
    println!("{}", impl_arg(|s| s.len()));
    println!("{}", twice(|x| x + 3)(1));
    let words = vec!["a", "bb", "ccc"];
    let lens: Vec<usize> = words.iter().map(|w| w.len()).filter(|&l| l > 1).collect();
    println!("{:?} {:?}", lens, Some(2).map(|x| x * 3).unwrap_or_else(|| 0));
    println!("end");
}
