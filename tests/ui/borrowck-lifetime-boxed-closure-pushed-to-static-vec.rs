//@ compile-fail
//@ spec: 20.12
// A closure holding a borrowed parameter, boxed as `dyn Fn` (implicitly 'static): the
// unsizing coercion is blamed, with no code (rustc: "coercion requires ...").
struct Registry { handlers: Vec<Box<dyn Fn() -> i32>> }
fn register(r: &mut Registry, x: &i32) {
    r.handlers.push(Box::new(move || *x)); //~ ERROR lifetime may not live long enough
}
fn main() {
    let mut r = Registry { handlers: Vec::new() };
    register(&mut r, &5);
    println!("{}", r.handlers.len());
}
