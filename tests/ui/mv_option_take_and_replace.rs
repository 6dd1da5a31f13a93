//@ spec: 12.9, 11.16
// Behind a &mut you cannot move a value out and leave a hole; Option::take, mem::replace
// and mem::take are the legal ways, each leaving a valid value in its place.
use std::mem;

struct Slot {
    item: Option<String>,
    history: Vec<String>,
    label: String,
}

impl Slot {
    fn swap_in(&mut self, new_item: String) -> Option<String> {
        let old = self.item.take();
        self.item = Some(new_item);
        old
    }
    fn relabel(&mut self, l: &str) -> String {
        mem::replace(&mut self.label, l.to_string())
    }
    fn drain_history(&mut self) -> Vec<String> {
        mem::take(&mut self.history)
    }
}

fn steal(s: &mut String) -> String {
    mem::replace(s, String::from("(stolen)"))
}

fn main() {
    let mut slot = Slot { item: None, history: Vec::new(), label: String::from("A") };
    for w in ["red", "green", "blue"] {
        match slot.swap_in(w.to_string()) {
            Some(old) => {
                println!("replaced {}", old);
                slot.history.push(old);
            }
            None => println!("first item {}", w),
        }
    }
    let old_label = slot.relabel("B");
    println!("label {} -> {}", old_label, slot.label);
    let h = slot.drain_history();
    println!("history {:?}, now {}", h, slot.history.len());
    println!("item {:?}", slot.item);
    let last = slot.item.take().unwrap_or_default();
    println!("took {}, left {:?}", last, slot.item);

    let mut s = String::from("mine");
    let got = steal(&mut s);
    println!("{} / {}", got, s);
    let mut a = String::from("left");
    let mut b = String::from("right");
    mem::swap(&mut a, &mut b);
    println!("{} {}", a, b);
}
