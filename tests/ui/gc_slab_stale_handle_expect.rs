//@ run-fail
//@ spec: 8.1, 13.5, 17.6, 12.9
// A slab hands out handles; removing an entry takes it out of its slot, so a stale handle
// later finds None and `expect` panics with the message at the caller's line.
struct Slab<T> {
    entries: Vec<Option<T>>,
}

impl<T> Slab<T> {
    fn insert(&mut self, v: T) -> usize {
        self.entries.push(Some(v));
        self.entries.len() - 1
    }
    fn remove(&mut self, h: usize) -> Option<T> {
        self.entries[h].take()
    }
    fn get(&self, h: usize) -> Option<&T> {
        match self.entries.get(h) {
            Some(slot) => slot.as_ref(),
            None => None,
        }
    }
}

struct Sprite {
    name: String,
    x: i32,
}

fn main() {
    let mut slab = Slab { entries: Vec::new() };
    let hero = slab.insert(Sprite { name: String::from("hero"), x: 4 });
    let coin = slab.insert(Sprite { name: String::from("coin"), x: 9 });
    println!("{} at {}", slab.get(hero).unwrap().name, slab.get(hero).unwrap().x);
    let picked = slab.remove(coin).expect("coin exists");
    println!("picked up {} at {}", picked.name, picked.x);
    println!("slot {} empty: {}", coin, slab.get(coin).is_none());
    println!("out of range: {}", slab.get(99).is_none());
    let again = slab.get(coin).expect("stale sprite handle");
    println!("unreachable {}", again.name);
}
