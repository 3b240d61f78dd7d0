package fr.apec.novapec.shared.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thymeleaf.spring6.util.DetailedError;

import org.springframework.stereotype.Component;

/**
 * The errors of a form in the order of its fields, for the summary at the top of the page: Bean Validation
 * reports the broken constraints in no particular order, and a controller adds its own after them. The
 * order is the one in which the form class declares its fields (a record its components; a superclass's
 * fields come first), which is the order of the page: keep them so. Within a list ({@code coFunders[1].amount})
 * rows come by index, then by the order of the row class's fields. Errors of the whole form come first;
 * several errors of one field keep their order. Templates call it as
 * {@code ${@errorOrder.of(#fields.detailedErrors(), #object)}}.
 */
@Component("errorOrder")
public class ErrorOrder {

	private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[([^\\]]*)\\]");

	private final Map<Class<?>, Map<String, Field>> fields = new ConcurrentHashMap<>();

	/** These errors, sorted by the position of their field in the form (the object of the form). */
	public List<DetailedError> of(List<DetailedError> errors, Object form) {
		if (form == null || errors.size() < 2) {
			return errors;
		}
		Map<DetailedError, List<Integer>> keys = new IdentityHashMap<>();
		for (DetailedError error : errors) {
			keys.put(error, error.isGlobal() ? List.of(-1) : position(form.getClass(), error.getFieldName()));
		}
		List<DetailedError> sorted = new ArrayList<>(errors);
		sorted.sort(Comparator.comparing(keys::get, ErrorOrder::compare));
		return sorted;
	}

	/** The position of the field at this path ({@code coFunders[1].amount}): a rank per segment. */
	List<Integer> position(Class<?> type, String path) {
		List<Integer> position = new ArrayList<>();
		Deque<Type> elements = new ArrayDeque<>();
		Class<?> current = type;
		Matcher matcher = SEGMENT.matcher((path != null) ? path : "");
		while (matcher.find()) {
			if (matcher.group(1) != null) {
				Map<String, Field> declared = (current != null) ? fieldsOf(current) : Map.of();
				Field field = declared.get(matcher.group(1));
				if (field == null) {
					position.add(Integer.MAX_VALUE);
					current = null;
					continue;
				}
				position.add(new ArrayList<>(declared.keySet()).indexOf(matcher.group(1)));
				current = field.getType();
				elements.clear();
				elements.push(field.getGenericType());
			}
			else {
				String index = matcher.group(2);
				position.add(index.matches("\\d{1,9}") ? Integer.parseInt(index) : 0);
				current = elementOf(elements.isEmpty() ? null : elements.pop(), current);
			}
		}
		return position;
	}

	/** The fields of this class in declaration order, its superclasses' first. */
	private Map<String, Field> fieldsOf(Class<?> type) {
		return this.fields.computeIfAbsent(type, (key) -> {
			Map<String, Field> found = new java.util.LinkedHashMap<>();
			if (key.isRecord()) {
				for (RecordComponent component : key.getRecordComponents()) {
					try {
						found.put(component.getName(), key.getDeclaredField(component.getName()));
					}
					catch (NoSuchFieldException ex) {
						throw new IllegalStateException(ex);
					}
				}
				return found;
			}
			List<Class<?>> hierarchy = new ArrayList<>();
			for (Class<?> c = key; c != null && c != Object.class; c = c.getSuperclass()) {
				hierarchy.add(0, c);
			}
			for (Class<?> c : hierarchy) {
				for (Field field : c.getDeclaredFields()) {
					if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
						found.putIfAbsent(field.getName(), field);
					}
				}
			}
			return found;
		});
	}

	/** The type of the elements of a list, array or map, from the field's generic type. */
	private static Class<?> elementOf(Type generic, Class<?> container) {
		if (container != null && container.isArray()) {
			return container.getComponentType();
		}
		if (generic instanceof ParameterizedType parameterized && container != null) {
			Type[] arguments = parameterized.getActualTypeArguments();
			Type element = Collection.class.isAssignableFrom(container) ? arguments[0]
					: arguments[arguments.length - 1];
			if (element instanceof Class<?> c) {
				return c;
			}
			if (element instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
				return raw;
			}
		}
		return null;
	}

	private static int compare(List<Integer> a, List<Integer> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = Integer.compare(a.get(i), b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

}
