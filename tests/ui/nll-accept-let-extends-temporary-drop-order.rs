//@ run-pass
//@ spec: 12.6, 20.11
// Naive checker: drops the temporaries under `&...[i]`, `&*` and `&...[..]` of a `let` at the
// statement end; rustc keeps them (and drops them, in reverse order, at the block end).
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
struct W { v: Vec<D> }
fn mk(n: i32) -> W { W { v: vec![D(n), D(n + 1)] } }
fn bx(n: i32) -> Box<D> { Box::new(D(n)) }
fn main() {
    let a = &mk(1).v[1];
    println!("a {}", a.0);
    let b = &*bx(10);
    println!("b {}", b.0);
    let c = &mk(20).v[..1];
    println!("c {}", c.len());
    let d = mk(30).v.len();
    println!("d {}", d);
    let e = &[D(40), D(41)][1];
    println!("e {}", e.0);
    println!("end");
}
