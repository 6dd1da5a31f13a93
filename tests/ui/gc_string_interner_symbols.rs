//@ spec: 17.6, 18.1, 16.3, 16.6
// A string interner owns each distinct name once (Vec<String>) and hands out small
// Copy symbols; lookups borrow &str back out of the interner without cloning.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Sym(usize);

struct Interner {
    names: Vec<String>,
}

impl Interner {
    fn new() -> Interner {
        Interner { names: Vec::new() }
    }
    fn intern(&mut self, s: &str) -> Sym {
        if let Some(i) = self.names.iter().position(|n| n == s) {
            return Sym(i);
        }
        self.names.push(String::from(s));
        Sym(self.names.len() - 1)
    }
    fn lookup(&self, s: &str) -> Option<Sym> {
        for (i, n) in self.names.iter().enumerate() {
            if n.as_str() == s {
                return Some(Sym(i));
            }
        }
        None
    }
    fn resolve(&self, sym: Sym) -> &str {
        &self.names[sym.0]
    }
}

fn main() {
    let source = "let x = y + x * y - z + x";
    let mut interner = Interner::new();
    let syms: Vec<Sym> = source
        .split_whitespace()
        .map(|w| interner.intern(w))
        .collect();
    println!("{} tokens, {} distinct", syms.len(), interner.names.len());
    println!("{:?}", syms);
    let x = interner.lookup("x").unwrap();
    let uses = syms.iter().filter(|&&s| s == x).count();
    println!("x is {:?}, used {} times", x, uses);
    println!("w interned? {:?}", interner.lookup("w"));
    let rebuilt: Vec<&str> = syms.iter().map(|&s| interner.resolve(s)).collect();
    println!("{}", rebuilt.join(" "));
    let longest = interner.names.iter().max_by_key(|n| n.len()).unwrap();
    println!("longest name: {}", longest);
}
