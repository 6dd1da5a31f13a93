//@ run-pass
//@ spec: 20.13
// Boxed `dyn Fn` handlers must be 'static: moving owned values into them satisfies that.
struct Registry { handlers: Vec<Box<dyn Fn() -> i32>> }
fn register(r: &mut Registry, x: &i32) {
    let owned = *x;
    r.handlers.push(Box::new(move || owned * 2));
}
fn main() {
    let mut r = Registry { handlers: Vec::new() };
    register(&mut r, &5);
    register(&mut r, &6);
    println!("{}", r.handlers.len());
}
