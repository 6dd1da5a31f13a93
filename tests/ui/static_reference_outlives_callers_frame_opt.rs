//@ run-pass
//@ compile-flags: -O
//@ spec: 11.6
// Under -O a reference to a static returned through a shorter lifetime still reads the
// static (a copy on the callee's stack read back as garbage before).
static LIMIT: i32 = 40;
static TABLE: [u64; 4] = [11, 22, 33, 44];
fn pick<'a>(_x: &'a i32) -> &'a i32 { &LIMIT }
fn slot(i: usize) -> &'static u64 { &TABLE[i] }
fn rest() -> &'static [u64] { &TABLE[1..] }
fn noise(n: u64) -> u64 { let a = [n; 16]; a.iter().sum() }
fn main() {
    let r;
    { let n = 3; r = *pick(&n); }
    let s = slot(3);
    let t = rest();
    println!("{} {}", noise(7), noise(9));
    println!("{} {} {:?}", r, s, t);
}
