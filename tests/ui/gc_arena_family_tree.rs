//@ spec: 17.6, 17.7, 16.6, 12.11
// A family tree stored in an arena (Vec of nodes linked by usize indices) avoids shared
// ownership entirely: children are index lists, and walks borrow the arena immutably.
struct Person {
    name: String,
    born: u32,
    parent: Option<usize>,
    children: Vec<usize>,
}

struct Arena {
    people: Vec<Person>,
}

impl Arena {
    fn add(&mut self, name: &str, born: u32, parent: Option<usize>) -> usize {
        let id = self.people.len();
        self.people.push(Person { name: name.to_string(), born, parent, children: Vec::new() });
        if let Some(p) = parent {
            self.people[p].children.push(id);
        }
        id
    }
    fn lineage(&self, mut id: usize) -> Vec<&str> {
        let mut out = vec![self.people[id].name.as_str()];
        while let Some(p) = self.people[id].parent {
            out.push(&self.people[p].name);
            id = p;
        }
        out
    }
    fn descendants(&self, id: usize) -> usize {
        let mut total = 0;
        for &c in self.people[id].children.iter() {
            total += 1 + self.descendants(c);
        }
        total
    }
    fn print(&self, id: usize, depth: usize) {
        let p = &self.people[id];
        println!("{}{} ({})", "  ".repeat(depth), p.name, p.born);
        for &c in &p.children {
            self.print(c, depth + 1);
        }
    }
}

fn main() {
    let mut arena = Arena { people: Vec::new() };
    let root = arena.add("Ada", 1900, None);
    let bo = arena.add("Bo", 1925, Some(root));
    let cy = arena.add("Cy", 1928, Some(root));
    let di = arena.add("Di", 1950, Some(bo));
    arena.add("Ed", 1953, Some(bo));
    let fay = arena.add("Fay", 1980, Some(di));
    arena.add("Gus", 1960, Some(cy));
    arena.print(root, 0);
    println!("lineage: {}", arena.lineage(fay).join(" <- "));
    println!("descendants of Ada: {}", arena.descendants(root));
    println!("descendants of Bo: {}", arena.descendants(bo));
    let oldest_child = arena.people[root]
        .children
        .iter()
        .min_by_key(|&&c| arena.people[c].born)
        .unwrap();
    println!("oldest child: {}", arena.people[*oldest_child].name);
    let youngest = arena.people.iter().max_by_key(|p| p.born).unwrap();
    println!("youngest: {}", youngest.name);
}
