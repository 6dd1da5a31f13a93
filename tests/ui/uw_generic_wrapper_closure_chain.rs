//@ run-fail
//@ spec: 8.1, 12.8, 13.1, 15.1
// A method of a generic struct takes its content out of an Option and hands it to a
// local closure that calls the caller's closure; a panic there unwinds four frames
// (two closures, the method, main), dropping the taken value but not the emptied slot.
struct Item(&'static str);

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Wrap<T> {
    inner: Option<T>,
    tag: Item,
}

impl<T> Wrap<T> {
    fn run<F: Fn(&T) -> u32>(&mut self, f: F) -> u32 {
        let taken = self.inner.take().expect("inner already taken");
        let g = |x: &T| {
            let _c = Item("closure local");
            f(x) + 1
        };
        g(&taken)
    }
}

fn main() {
    let r = &Item("extended temporary");
    let x = Item("shadowed");
    let x = (x, Item("shadowing"));
    let mut w = Wrap { inner: Some(Item("inner")), tag: Item("tag") };
    println!("ran {}", w.run(|p| p.0.len() as u32));
    println!("{} {} {}", r.0, (x.1).0, w.tag.0);
    w.inner = Some(Item("refilled"));
    let table: Vec<u32> = vec![7];
    println!("ran {}", w.run(|p| table[p.0.len()]));
}
