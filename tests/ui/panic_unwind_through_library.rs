//@ run-fail
//@ spec: 8.1, 12.8
// A panic raised inside the library (Option::unwrap, a RefCell already borrowed) or in a
// closure called by an iterator adaptor unwinds through those frames too, dropping the
// caller's values on its way out.
use std::cell::RefCell;

struct Note(&'static str);
impl Drop for Note {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn lookup(table: &[(&'static str, u32)], key: &str) -> u32 {
    let _n = Note("lookup");
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).unwrap()
}

fn doubled(xs: &[u32]) -> Vec<u32> {
    let _n = Note("doubled");
    xs.iter()
        .map(|x| {
            let _inner = Note("closure");
            if *x > 100 {
                panic!("{} is too large", x);
            }
            x * 2
        })
        .collect()
}

fn main() {
    let _main = Note("main");
    let table = [("a", 1), ("b", 2)];
    println!("a = {}", lookup(&table, "a"));
    println!("{:?}", doubled(&[1, 2, 3]));
    let cell = RefCell::new(vec![String::from("x")]);
    {
        let first = cell.borrow();
        println!("reading {}", first[0]);
    }
    let _words = vec![Note("word 1"), Note("word 2")];
    if table.len() == 2 {
        println!("{:?}", doubled(&[4, 500, 6]));
    }
    println!("c = {}", lookup(&table, "c"));
}
