//@ spec: 17.6, 16.7, 13.5, 12.9
// A slot arena Vec<Option<String>>: freed slots are reused, take() empties a slot and
// hands back its String, replace() swaps one in, and mem::take/swap move Strings between
// slots without cloning.
struct Arena {
    slots: Vec<Option<String>>,
    free: Vec<usize>,
}

impl Arena {
    fn new() -> Arena {
        Arena { slots: Vec::new(), free: Vec::new() }
    }
    fn alloc(&mut self, s: &str) -> usize {
        match self.free.pop() {
            Some(i) => {
                self.slots[i] = Some(s.to_string());
                i
            }
            None => {
                self.slots.push(Some(s.to_string()));
                self.slots.len() - 1
            }
        }
    }
    fn release(&mut self, i: usize) -> Option<String> {
        let old = self.slots.get_mut(i)?.take();
        if old.is_some() {
            self.free.push(i);
        }
        old
    }
    fn get(&self, i: usize) -> Option<&str> {
        self.slots.get(i)?.as_ref().map(|s| s.as_str())
    }
    fn live(&self) -> usize {
        self.slots.iter().filter(|s| s.is_some()).count()
    }
}

fn main() {
    let mut a = Arena::new();
    let x = a.alloc("x-ray");
    let y = a.alloc("yankee");
    let z = a.alloc("zulu");
    println!("ids {} {} {} live {}", x, y, z, a.live());
    println!("release y: {:?}, again: {:?}, bad: {:?}", a.release(y), a.release(y), a.release(42));
    let w = a.alloc("whiskey");
    println!("reused slot {} -> {:?}", w, a.get(w));
    let old = a.slots[z].replace(String::from("zebra"));
    println!("replaced {:?} with {:?}", old, a.get(z));
    let moved = std::mem::take(&mut a.slots[x]);
    println!("took {:?}; slot x now {:?}", moved, a.slots[x]);
    a.slots.swap(x, z);
    println!("after swap {:?}", a.slots);
    let lens: Vec<usize> = a.slots.iter().map(|s| s.as_ref().map_or(0, |t| t.len())).collect();
    println!("lengths {:?} live {}", lens, a.live());
    let names: Vec<String> = a.slots.into_iter().filter_map(|s| s).collect();
    println!("{:?}", names);
}
