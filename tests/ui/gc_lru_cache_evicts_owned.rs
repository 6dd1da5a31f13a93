//@ spec: 13.2, 17.6, 17.8, 12.4, 12.8
// An LRU cache over Vec<(u32, T)> moves an entry to the front on each hit (remove + insert)
// and evicts from the back when full; the evicted value is returned so the caller decides its fate.
struct Lru<T> {
    cap: usize,
    entries: Vec<(u32, T)>,
}

impl<T> Lru<T> {
    fn new(cap: usize) -> Self {
        Lru { cap, entries: Vec::new() }
    }
    fn get(&mut self, key: u32) -> Option<&T> {
        let i = self.entries.iter().position(|e| e.0 == key)?;
        let e = self.entries.remove(i);
        self.entries.insert(0, e);
        Some(&self.entries[0].1)
    }
    fn put(&mut self, key: u32, value: T) -> Option<T> {
        if let Some(i) = self.entries.iter().position(|e| e.0 == key) {
            let (_, old) = self.entries.remove(i);
            self.entries.insert(0, (key, value));
            return Some(old);
        }
        self.entries.insert(0, (key, value));
        if self.entries.len() > self.cap {
            self.entries.pop().map(|(_, v)| v)
        } else {
            None
        }
    }
    fn keys(&self) -> Vec<u32> {
        self.entries.iter().map(|e| e.0).collect()
    }
}

struct Page {
    url: String,
}

impl Drop for Page {
    fn drop(&mut self) {
        println!("    free {}", self.url);
    }
}

fn page(n: u32) -> Page {
    Page { url: format!("/p{}", n) }
}

fn main() {
    let mut cache = Lru::new(3);
    let mut kept: Vec<Page> = Vec::new();
    for n in [1, 2, 3] {
        cache.put(n, page(n));
    }
    println!("hit 1: {}", cache.get(1).map(|p| p.url.as_str()).unwrap_or("miss"));
    println!("keys {:?}", cache.keys());
    println!("put 4");
    if let Some(evicted) = cache.put(4, page(4)) {
        println!("evicted {}, keeping it", evicted.url);
        kept.push(evicted);
    }
    println!("put 5 (evicted value dropped at once)");
    cache.put(5, page(5));
    println!("keys {:?}", cache.keys());
    println!("replace 4");
    let old = cache.put(4, Page { url: String::from("/p4-v2") });
    println!("old {:?}", old.as_ref().map(|p| p.url.clone()));
    println!("miss 2: {}", cache.get(2).is_none());
    println!("keys {:?}, kept {}", cache.keys(), kept.len());
    println!("end of main");
}
