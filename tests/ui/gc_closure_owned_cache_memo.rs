//@ spec: 15.1, 15.2, 15.3, 13.2, 12.4
// A generic struct owning a closure (impl bound F: Fn) plus a cache Vec<Option<u64>>; move closures own
// the Strings they capture, which are dropped when the struct that holds the closure dies.
struct Memo<F> {
    f: F,
    cache: Vec<Option<u64>>,
    hits: u32,
}

impl<F: Fn(u64) -> u64> Memo<F> {
    fn new(f: F, size: usize) -> Memo<F> {
        let cache = vec![None; size];
        Memo { f, cache, hits: 0 }
    }
    fn get(&mut self, n: u64) -> u64 {
        let i = n as usize;
        if let Some(v) = self.cache[i] {
            self.hits += 1;
            return v;
        }
        let v = (self.f)(n);
        self.cache[i] = Some(v);
        v
    }
}

struct Tag(String);
impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop tag {}", self.0);
    }
}

fn apply_all<F: Fn(&str) -> String>(words: &[&str], f: &F) -> Vec<String> {
    let mut out = Vec::new();
    for w in words {
        out.push(f(w));
    }
    out
}

fn main() {
    let base = 3;
    let mut cube_plus = Memo::new(move |n| n * n * n + base, 8);
    let seq = [2, 3, 2, 7, 3, 2];
    let vals: Vec<u64> = seq.iter().map(|&n| cube_plus.get(n)).collect();
    println!("{:?} hits {}", vals, cube_plus.hits);

    let prefix = String::from(">> ");
    let suffix = Tag(String::from("!"));
    let shout = move |w: &str| format!("{}{}{}", prefix, w.to_uppercase(), suffix.0);
    let out = apply_all(&["hi", "there"], &shout);
    println!("{:?}", out);
    let more = apply_all(&["again"], &shout);
    drop(shout);
    println!("{:?}", more);

    {
        let label = Tag(String::from("len"));
        let measure = Memo::new(move |n| n + label.0.len() as u64, 4);
        let mut m = measure;
        println!("measure {} {} hits {}", m.get(1), m.get(1), m.hits);
        println!("leaving block");
    }
    println!("end");
}
