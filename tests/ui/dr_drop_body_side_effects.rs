//@ spec: 12.4, 12.9
// A destructor is ordinary code: it can move values out of its fields with mem::take,
// create and drop other values, and call functions; all of that finishes before the
// fields themselves are dropped.
use std::mem;

struct Item(&'static str);
impl Drop for Item {
    fn drop(&mut self) {
        println!("    item {} dropped", self.0);
    }
}

struct Bag {
    owner: &'static str,
    items: Vec<Item>,
    tag: Item,
}
impl Drop for Bag {
    fn drop(&mut self) {
        println!("emptying {}'s bag", self.owner);
        let contents = mem::take(&mut self.items);
        for it in contents.into_iter().rev() {
            println!("  handing out {}", it.0);
        }
        let _receipt = Item("receipt");
        report(self.owner);
        println!("bag of {} empty", self.owner);
    }
}

fn report(who: &str) {
    let _stamp = Item("stamp");
    println!("  report for {}", who);
}

fn main() {
    let first = Bag { owner: "kim", items: vec![Item("pen"), Item("cup")], tag: Item("kim tag") };
    let second = Bag { owner: "lee", items: Vec::new(), tag: Item("lee tag") };
    println!("bags of {} and {}", first.owner, second.owner);
    drop(first);
    println!("first bag dropped");
    let bags = vec![Bag { owner: "max", items: vec![Item("key")], tag: Item("max tag") }];
    println!("{} bag in the vec", bags.len());
    println!("end of main");
}
