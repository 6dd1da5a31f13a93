//@ spec: 18.1, 18.2, 17.6, 17.8
// A string interner: each distinct name is stored once as an owned String in a Vec and
// referred to by index; lookups compare &str with String, and symbols resolve back to &str.
struct Interner {
    names: Vec<String>,
}

impl Interner {
    fn new() -> Interner {
        Interner { names: Vec::new() }
    }

    fn intern(&mut self, name: &str) -> usize {
        for (i, n) in self.names.iter().enumerate() {
            if n == name {
                return i;
            }
        }
        self.names.push(name.to_string());
        self.names.len() - 1
    }

    fn lookup(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n.as_str() == name)
    }

    fn resolve(&self, id: usize) -> &str {
        &self.names[id]
    }
}

fn main() {
    let source = "let x = y + x * count ; let count = x + 1 ;";
    let mut pool = Interner::new();
    let mut ids: Vec<usize> = Vec::new();
    for tok in source.split_whitespace() {
        ids.push(pool.intern(tok));
    }
    println!("{} tokens, {} distinct", ids.len(), pool.names.len());
    println!("{:?}", ids);
    let rebuilt: Vec<&str> = ids.iter().map(|&i| pool.resolve(i)).collect();
    println!("{}", rebuilt.join(" "));
    println!("same text: {}", rebuilt.join(" ") == source);
    for probe in ["count", "z", "let", "+"].iter() {
        match pool.lookup(probe) {
            Some(i) => println!("{:>5} is symbol #{}", probe, i),
            None => println!("{:>5} never seen", probe),
        }
    }
    let mut total = 0;
    for n in &pool.names {
        total += n.len();
    }
    println!("{} bytes stored, {:?}", total, pool.names);
}
