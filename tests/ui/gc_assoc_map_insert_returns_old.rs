//@ spec: 13.2, 14.3, 12.9, 17.6
// A generic association list Map<K: PartialEq, V> over Vec<(K, V)>: insert hands back the
// displaced value by mem::replace, remove moves the pair out with swap_remove, get borrows.
use std::mem;

struct Map<K, V> {
    entries: Vec<(K, V)>,
}

impl<K: PartialEq, V> Map<K, V> {
    fn new() -> Self {
        Map { entries: Vec::new() }
    }
    fn find(&self, key: &K) -> Option<usize> {
        self.entries.iter().position(|e| e.0 == *key)
    }
    fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Some(i) => Some(mem::replace(&mut self.entries[i].1, value)),
            None => {
                self.entries.push((key, value));
                None
            }
        }
    }
    fn get(&self, key: &K) -> Option<&V> {
        let i = self.find(key)?;
        Some(&self.entries[i].1)
    }
    fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        let i = self.find(key)?;
        Some(&mut self.entries[i].1)
    }
    fn remove(&mut self, key: &K) -> Option<V> {
        let i = self.find(key)?;
        let (_k, v) = self.entries.swap_remove(i);
        Some(v)
    }
}

fn main() {
    let mut stock: Map<String, Vec<u32>> = Map::new();
    println!("{:?}", stock.insert(String::from("apple"), vec![3]));
    println!("{:?}", stock.insert(String::from("pear"), vec![1, 1]));
    println!("{:?}", stock.insert(String::from("plum"), vec![]));
    if let Some(batches) = stock.get_mut(&String::from("apple")) {
        batches.push(7);
    }
    let old = stock.insert(String::from("pear"), vec![9]);
    println!("pear was {:?}, now {:?}", old, stock.get(&String::from("pear")));
    println!("removed {:?}", stock.remove(&String::from("apple")));
    println!("removed again {:?}", stock.remove(&String::from("apple")));
    let keys: Vec<&str> = stock.entries.iter().map(|e| e.0.as_str()).collect();
    println!("keys {:?}", keys);

    let mut ages: Map<u8, &str> = Map::new();
    for (id, name) in [(3, "cy"), (1, "al"), (3, "cyd"), (2, "bo")] {
        if let Some(prev) = ages.insert(id, name) {
            println!("id {} renamed {} -> {}", id, prev, name);
        }
    }
    let total: u32 = ages.entries.iter().map(|e| e.0 as u32).sum();
    println!("{} ids, sum {}, 2 -> {:?}, 9 -> {:?}", ages.entries.len(), total, ages.get(&2), ages.get(&9));
}
