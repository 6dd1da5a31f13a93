//@ run-pass
//@ spec: 11.6.1
// `&e` of a constant expression is promoted to a static: fns return it as &'static.
const C: i32 = 12;
const ARR: [u8; 3] = [1, 2, 3];
#[derive(Debug)]
struct P { x: i32, y: i32 }
fn a() -> &'static [i32] { &[1, 2, 3] }
fn b() -> &'static i32 { &(2 + 3) }
fn c() -> &'static i32 { &C }
fn d() -> &'static [u8] { &ARR }
fn e() -> &'static P { &P { x: 1, y: 2 } }
fn f() -> &'static Option<i32> { &None }
fn g() -> &'static (i32, bool) { &(4, false) }
fn h() -> &'static str { &"abc" }
fn k() -> &'static [i32; 0] { &[] }
fn main() {
    println!("{:?} {} {} {:?} {:?} {:?} {:?} {} {:?}", a(), b(), c(), d(), e(), f(), g(), h(), k());
}
