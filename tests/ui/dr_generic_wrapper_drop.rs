//@ spec: 12.4, 13.1
// A generic type's Drop runs for every instance whatever T is, before T's own drop;
// a generic fn taking T by value drops it at its end, and a Copy T needs no drop at all.
use std::fmt::Debug;

#[derive(Debug)]
struct Named(&'static str);
impl Drop for Named {
    fn drop(&mut self) {
        println!("  named {} dropped", self.0);
    }
}

struct Logged<T> {
    label: &'static str,
    value: T,
}
impl<T> Drop for Logged<T> {
    fn drop(&mut self) {
        println!("logged {} dropped", self.label);
    }
}
impl<T> Logged<T> {
    fn get(&self) -> &T {
        &self.value
    }
}

fn consume<T: Debug>(item: T) {
    println!("consuming {:?}", item);
}

fn wrap<T>(label: &'static str, value: T) -> Logged<T> {
    Logged { label, value }
}

fn main() {
    let a = wrap("int", 7);
    let b = wrap("named", Named("inner"));
    let c = wrap("pair", (1, "two"));
    let d = wrap("outer", wrap("nested", Named("deep")));
    println!("built {} {:?} {:?} {:?}", a.get(), b.get(), c.get(), d.get().get());
    consume(Named("given"));
    consume(42);
    consume(vec![Named("e0"), Named("e1")]);
    let list = vec![wrap("v0", 'x'), wrap("v1", 'y')];
    println!("list of {}", list.len());
    println!("end of main");
}
